package io.ringtail.crashtest;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical query answers of one server at one watermark: every account, every order of every account
 * (status=all, every page), every book and the recent trades of every symbol, each read with
 * {@code minVersion} so the views have caught up. Two servers whose views hold the same state give equal
 * dumps, body for body. Also lists each account's clientOrderIds, to find one that made two orders.
 */
record ViewDump(Map<String, String> answers, Map<Long, List<String>> clientOrderIds) {
    private static final int PAGE = 500;
    private static final int VERSION_TIMEOUT_RETRIES = 60;

    static ViewDump take(HttpApi api, List<Long> accounts, List<Instrument> instruments, long minVersion)
        throws IOException, InterruptedException {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<Long, List<String>> clientOrderIds = new LinkedHashMap<>();
        for (long account : accounts) {
            String path = "/accounts/" + account;
            answers.put(path, read(api, path, minVersion).toString());
            List<String> ids = new ArrayList<>();
            String cursor = null;
            do {
                String page = "/accounts/" + account + "/orders?status=all&limit=" + PAGE
                    + (cursor == null ? "" : "&after=" + cursor);
                HttpApi.Reply reply = read(api, page, minVersion);
                answers.put(page, reply.toString());
                if (reply.status() != 200) {
                    break;
                }
                JsonObject json = reply.json();
                JsonArray orders = json.getJsonArray("orders");
                for (int i = 0; i < orders.size(); i++) {
                    ids.add(orders.getJsonObject(i).getString("clientOrderId"));
                }
                Object next = json.getValue("next");
                cursor = next == null ? null : next.toString();
            } while (cursor != null);
            clientOrderIds.put(account, ids);
        }
        for (Instrument instrument : instruments) {
            for (String path : List.of("/books/" + instrument.symbol(), "/trades/" + instrument.symbol())) {
                answers.put(path, read(api, path, minVersion).toString());
            }
        }
        return new ViewDump(answers, clientOrderIds);
    }

    /** The first query whose answers differ, with both answers; null when the dumps are equal. */
    String firstDifference(ViewDump other) {
        if (!answers.keySet().equals(other.answers.keySet())) {
            return "different queries: " + answers.keySet() + " vs " + other.answers.keySet();
        }
        for (Map.Entry<String, String> entry : answers.entrySet()) {
            String theirs = other.answers.get(entry.getKey());
            if (!entry.getValue().equals(theirs)) {
                return entry.getKey() + ": " + entry.getValue() + " vs " + theirs;
            }
        }
        return null;
    }

    private static HttpApi.Reply read(HttpApi api, String path, long minVersion) throws IOException, InterruptedException {
        String url = path + (path.contains("?") ? "&" : "?") + "minVersion=" + minVersion;
        for (int attempt = 0; ; attempt++) {
            HttpApi.Reply reply = api.get(url);
            if (reply.status() != 504 || attempt >= VERSION_TIMEOUT_RETRIES) {
                return reply;
            }
            Thread.sleep(100);
        }
    }
}
