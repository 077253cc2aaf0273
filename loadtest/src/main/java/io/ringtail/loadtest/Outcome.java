package io.ringtail.loadtest;

/**
 * How a reply counts. 422 is the domain saying no (insufficient position, order no longer open):
 * expected under a random workload, so it is tallied apart and never fails a run.
 */
enum Outcome {
    OK,
    REJECTED,
    ERROR;

    static Outcome of(int status) {
        if (status >= 200 && status < 300) {
            return OK;
        }
        return status == 422 ? REJECTED : ERROR;
    }
}
