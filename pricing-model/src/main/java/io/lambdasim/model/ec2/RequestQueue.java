package io.lambdasim.model.ec2;

/**
 * The requests waiting for a slot, first in first out, as parallel rings of arrival and service times. Grows only when
 * it must.
 */
final class RequestQueue {

    private long[] arrivalUs;
    private long[] serviceUs;
    private int head;
    private int size;

    RequestQueue(int capacity) {
        int c = Math.max(16, capacity);
        arrivalUs = new long[c];
        serviceUs = new long[c];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(long arrival, long service) {
        if (size == arrivalUs.length) {
            grow();
        }
        int i = (head + size) % arrivalUs.length;
        arrivalUs[i] = arrival;
        serviceUs[i] = service;
        size++;
    }

    long headArrivalUs() {
        return arrivalUs[head];
    }

    long headServiceUs() {
        return serviceUs[head];
    }

    /** Arrival time of the {@code i}-th request from the head. */
    long arrivalUs(int i) {
        return arrivalUs[(head + i) % arrivalUs.length];
    }

    void removeHead() {
        head = (head + 1) % arrivalUs.length;
        size--;
    }

    private void grow() {
        int n = arrivalUs.length;
        long[] a = new long[n * 2];
        long[] s = new long[n * 2];
        for (int i = 0; i < size; i++) {
            a[i] = arrivalUs[(head + i) % n];
            s[i] = serviceUs[(head + i) % n];
        }
        arrivalUs = a;
        serviceUs = s;
        head = 0;
    }
}
