package io.ringtail.trading;

/** The open orders at one price on one side, in time priority: an intrusive doubly linked list. */
final class PriceLevel {
    long price;
    Order head;
    Order tail;
    int orderCount;

    void reset(long price) {
        this.price = price;
        head = null;
        tail = null;
        orderCount = 0;
    }

    void append(Order order) {
        order.level = this;
        order.previous = tail;
        order.next = null;
        if (tail == null) {
            head = order;
        } else {
            tail.next = order;
        }
        tail = order;
        orderCount++;
    }

    void remove(Order order) {
        if (order.previous == null) {
            head = order.next;
        } else {
            order.previous.next = order.next;
        }
        if (order.next == null) {
            tail = order.previous;
        } else {
            order.next.previous = order.previous;
        }
        order.previous = null;
        order.next = null;
        order.level = null;
        orderCount--;
    }

    boolean isEmpty() {
        return orderCount == 0;
    }
}
