package org.kotmai.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class OrderedIngestTest {

    @Test
    void orderedStepRunsInFileOrderWhenALaterFileIsReadFirst() {
        CountDownLatch secondRead = new CountDownLatch(1);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<Integer> ordered = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, String> written = new ConcurrentHashMap<>();

        OrderedIngest.run(6, 2, new OrderedIngest.Stages<String>() {
            @Override
            public String read(int index) {
                if (index == 0) {
                    await(secondRead);
                }
                events.add("read " + index);
                if (index == 1) {
                    secondRead.countDown();
                }
                return "file " + index;
            }

            @Override
            public Runnable ordered(int index, String read) {
                ordered.add(index);
                return () -> written.put(index, read);
            }

            @Override
            public void failed(int index, RuntimeException failure) {
                throw new AssertionError("file " + index + " failed", failure);
            }
        });

        assertThat(events.indexOf("read 1")).isLessThan(events.indexOf("read 0"));
        assertThat(ordered).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(written).hasSize(6).containsEntry(0, "file 0").containsEntry(5, "file 5");
    }

    @Test
    void aFailingFileIsReportedAndTheOthersGoOn() {
        List<Integer> ordered = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, String> failures = new ConcurrentHashMap<>();

        OrderedIngest.run(4, 2, new OrderedIngest.Stages<Integer>() {
            @Override
            public Integer read(int index) {
                if (index == 1) {
                    throw new IllegalStateException("unreadable");
                }
                return index;
            }

            @Override
            public Runnable ordered(int index, Integer read) {
                ordered.add(index);
                return index == 2 ? () -> {
                    throw new IllegalStateException("write refused");
                } : null;
            }

            @Override
            public void failed(int index, RuntimeException failure) {
                failures.put(index, failure.getMessage());
            }
        });

        assertThat(ordered).containsExactly(0, 2, 3);
        assertThat(failures).containsExactlyInAnyOrderEntriesOf(Map.of(1, "unreadable", 2, "write refused"));
    }

    @Test
    void noFilesIsNoWork() {
        OrderedIngest.run(0, 2, new OrderedIngest.Stages<String>() {
            @Override
            public String read(int index) {
                throw new AssertionError("nothing to read");
            }

            @Override
            public Runnable ordered(int index, String read) {
                throw new AssertionError("nothing to order");
            }

            @Override
            public void failed(int index, RuntimeException failure) {
                throw new AssertionError("nothing to fail");
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the second file was read").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
