package io.ringtail.trading;

import org.agrona.DirectBuffer;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * Finds a held order by (account, clientOrderId) for de-duplication. Keyed by a 64-bit hash of both;
 * orders with equal hashes are chained and compared byte by byte, so a collision never merges two ids.
 */
final class ClientOrderIdIndex {
    private final Long2ObjectHashMap<Order> heads;

    ClientOrderIdIndex(int capacity) {
        heads = new Long2ObjectHashMap<>(Math.max(16, capacity * 2), 0.65f);
    }

    Order find(long accountId, DirectBuffer buffer, int fieldOffset) {
        long hash = ClientOrderIds.hash(accountId, buffer, fieldOffset);
        for (Order order = heads.get(hash); order != null; order = order.nextSameHash) {
            if (order.hasClientOrderId(accountId, buffer, fieldOffset)) {
                return order;
            }
        }
        return null;
    }

    /** Adds an order whose id is not held yet (the handler checked); newest first in its chain. */
    void add(Order order) {
        order.nextSameHash = heads.put(order.clientOrderIdHash, order);
    }

    void remove(Order order) {
        long hash = order.clientOrderIdHash;
        Order head = heads.get(hash);
        if (head == order) {
            if (order.nextSameHash == null) {
                heads.remove(hash);
            } else {
                heads.put(hash, order.nextSameHash);
            }
        } else {
            Order previous = head;
            while (previous.nextSameHash != order) {
                previous = previous.nextSameHash;
            }
            previous.nextSameHash = order.nextSameHash;
        }
        order.nextSameHash = null;
    }

    /** Visits every indexed order, in no particular order (callers that need one sort). */
    void forEach(java.util.function.Consumer<Order> visitor) {
        for (Order head : heads.values()) {
            for (Order order = head; order != null; order = order.nextSameHash) {
                visitor.accept(order);
            }
        }
    }

    void clear() {
        heads.clear();
    }
}
