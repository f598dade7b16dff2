package org.kotmai.ingest;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an import's files on a pool of workers in two stages: every file is read on any worker, in
 * parallel, but the step between the stages runs for one file at a time and in file order, however the
 * reads finish. An import allocates law ids there: which of two laws with the same title keeps the
 * plain id then depends on the files alone, not on thread scheduling.
 *
 * <p>Workers take the second stage of files already read before reading new files, so the files read
 * but still waiting for an earlier one stay few, whatever the number of files.
 */
final class OrderedIngest {

    /** What is done with each file. */
    interface Stages<R> {

        /** Reads file {@code index}; called on any worker, in parallel. Never returns null. */
        R read(int index);

        /**
         * Called one file at a time, in file order, once the file and every earlier one have been read.
         *
         * @return the rest of the file's work, run on any worker, or null when there is none
         */
        Runnable ordered(int index, R read);

        /** A read or ordered step threw; the file is done and the import goes on. */
        void failed(int index, RuntimeException failure);
    }

    private static final int SECOND = 0;
    private static final int FIRST = 1;

    private final Stages<?> stages;
    private final Object[] reads;
    private final ThreadPoolExecutor pool;
    private final CountDownLatch done;
    private int next;

    private <R> OrderedIngest(int files, int workers, Stages<R> stages) {
        this.stages = stages;
        this.reads = new Object[files];
        this.done = new CountDownLatch(files);
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new PriorityBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "kotmai-ingest-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Runs every file through both stages and returns when all are done, or when the calling thread is interrupted. */
    static <R> void run(int files, int workers, Stages<R> stages) {
        if (files == 0) {
            return;
        }
        OrderedIngest run = new OrderedIngest(files, workers, stages);
        try {
            for (int i = 0; i < files; i++) {
                int index = i;
                run.pool.execute(new Task(FIRST, index, () -> run.read(index)));
            }
            run.done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            run.pool.shutdownNow();
        }
    }

    private void read(int index) {
        Object read;
        try {
            read = stages.read(index);
        } catch (RuntimeException e) {
            read = new Failure(e);
        }
        arrived(index, read);
    }

    /** Stores a read and runs the ordered step of every file whose turn has come. */
    @SuppressWarnings("unchecked")
    private synchronized void arrived(int index, Object read) {
        reads[index] = read;
        while (next < reads.length && reads[next] != null) {
            int current = next++;
            Object ready = reads[current];
            reads[current] = null;
            if (ready instanceof Failure failure) {
                finish(current, failure.cause());
                continue;
            }
            Runnable rest;
            try {
                rest = ((Stages<Object>) stages).ordered(current, ready);
            } catch (RuntimeException e) {
                finish(current, e);
                continue;
            }
            if (rest == null) {
                done.countDown();
            } else {
                pool.execute(new Task(SECOND, current, () -> {
                    try {
                        rest.run();
                        done.countDown();
                    } catch (RuntimeException e) {
                        finish(current, e);
                    }
                }));
            }
        }
    }

    private void finish(int index, RuntimeException failure) {
        try {
            stages.failed(index, failure);
        } finally {
            done.countDown();
        }
    }

    private record Failure(RuntimeException cause) {
    }

    /** Second-stage work first, then lower file numbers first. */
    private record Task(int stage, int index, Runnable work) implements Runnable, Comparable<Task> {

        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Task other) {
            return stage != other.stage ? Integer.compare(stage, other.stage) : Integer.compare(index, other.index);
        }
    }
}
