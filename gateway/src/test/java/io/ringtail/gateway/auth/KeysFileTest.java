package io.ringtail.gateway.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysFileTest {
    @TempDir
    Path dir;

    @Test
    void shouldCreateAnAdminKeyOnceAndStoreOnlyItsHash() throws Exception {
        Path file = dir.resolve("sub/api-keys.json");
        String key = KeysFile.createWithAdmin(file);
        assertTrue(key.startsWith(KeysFile.KEY_PREFIX) && key.length() == 3 + 43, key);
        assertNull(KeysFile.createWithAdmin(file), "an existing file is kept");
        String content = Files.readString(file);
        assertFalse(content.contains(key.substring(3)));
        assertTrue(content.contains(KeyHasher.hex(key)));
        String trader = KeysFile.add(file, "alice", Role.TRADER, new long[] {4});
        ApiKeys keys = KeysFile.load(file, 0, 1, System::nanoTime);
        assertEquals(2, keys.size());
        KeyHasher hasher = new KeyHasher();
        Principal admin = keys.find(hasher.digest(key, 0, key.length()).clone());
        assertTrue(admin.isAdmin() && admin.mayTrade(99));
        Principal alice = keys.find(hasher.digest(trader, 0, trader.length()).clone());
        assertEquals("alice", alice.name());
        assertTrue(alice.mayTrade(4) && !alice.mayTrade(5) && alice.mayRead(4) && !alice.mayRead(5));
        assertNull(keys.find(hasher.digest("rt_other", 0, 8).clone()));
    }

    @Test
    void shouldRefuseABrokenFileNamingTheEntry() throws Exception {
        Path file = dir.resolve("keys.json");
        Files.writeString(file, "{\"keys\": [{\"principal\": \"bob\", \"role\": \"trader\", \"sha256\": \"" + "a".repeat(64) + "\"}]}");
        IllegalArgumentException noAccounts = assertThrows(IllegalArgumentException.class,
            () -> KeysFile.load(file, 0, 1, System::nanoTime));
        assertTrue(noAccounts.getMessage().contains("entry 0") && noAccounts.getMessage().contains("accounts"));
        Files.writeString(file, "{\"keys\": [{\"principal\": \"bob\", \"role\": \"boss\", \"sha256\": \"" + "a".repeat(64) + "\"}]}");
        assertThrows(IllegalArgumentException.class, () -> KeysFile.load(file, 0, 1, System::nanoTime));
        Files.writeString(file, "{\"keys\": [{\"principal\": \"bob\", \"role\": \"admin\", \"sha256\": \"abc\"}]}");
        assertThrows(IllegalArgumentException.class, () -> KeysFile.load(file, 0, 1, System::nanoTime));
    }
}
