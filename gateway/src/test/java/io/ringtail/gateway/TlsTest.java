package io.ringtail.gateway;

import io.ringtail.gateway.config.AccessSettings;
import io.ringtail.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTPS with a PEM certificate and key: a self-signed certificate made here with the JDK's keytool, the
 * server started on it, and the JDK's HTTP client, trusting only that certificate, doing a command and a
 * read over TLS. A client that does not trust it cannot connect.
 */
class TlsTest {
    @TempDir
    Path dir;

    @Test
    void shouldServeCommandsAndQueriesOverTls() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-genkeypair", "-alias", "ringtail", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
            "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
            "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
            .redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0,
            new String(keytool.getInputStream().readAllBytes()));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        Certificate certificate = store.getCertificate("ringtail");
        Path certPem = dir.resolve("cert.pem");
        Path keyPem = dir.resolve("key.pem");
        Files.writeString(certPem, pem("CERTIFICATE", certificate.getEncoded()));
        Files.writeString(keyPem, pem("PRIVATE KEY", store.getKey("ringtail", "changeit".toCharArray()).getEncoded()));

        GatewayConfig config = TestGateway.config(dir.resolve("data"))
            .set(AccessSettings.TLS_CERT, certPem.toString(), "test").set(AccessSettings.TLS_KEY, keyPem.toString(), "test").build();
        try (TestGateway gateway = TestGateway.start(config, Function.identity())) {
            URI base = URI.create("https://127.0.0.1:" + gateway.server.port());
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(certificate))
                .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> opened = trusting.send(HttpRequest.newBuilder(base.resolve("/accounts"))
                .header("Authorization", "Bearer " + TestKeys.ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"accountId\": 1, \"cash\": 5}")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(201, opened.statusCode(), opened.body());
            HttpResponse<String> read = trusting.send(HttpRequest.newBuilder(base.resolve("/accounts/1?minVersion=1"))
                .header("Authorization", "Bearer " + TestKeys.ADMIN).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("\"cash\":5"), read.body());
            HttpResponse<String> noKey = trusting.send(HttpRequest.newBuilder(base.resolve("/accounts/1")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(401, noKey.statusCode(), "TLS does not replace the key");

            HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThrows(SSLHandshakeException.class, () -> untrusting.send(
                HttpRequest.newBuilder(base.resolve("/health/live")).build(), HttpResponse.BodyHandlers.ofString()));
        }
    }

    private static SSLContext trusting(Certificate certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("ringtail", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
            + "\n-----END " + type + "-----\n";
    }
}
