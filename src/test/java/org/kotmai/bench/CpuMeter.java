package org.kotmai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * CPU time of this JVM and of its child processes (the managed Elasticsearch node), and how much of the machine
 * stayed idle, between two readings. On a shared machine the CPU time a piece of work costs says more than its
 * elapsed time; the idle share says whether the cores were the limit.
 */
final class CpuMeter {

    private static final Path PROC_STAT = Path.of("/proc/stat");

    /** A reading; subtract two with {@link #since}. */
    record Reading(long nanos, long appCpu, long nodeCpu, long machineTicks, long idleTicks) {

        Usage since(Reading start) {
            long ticks = machineTicks - start.machineTicks;
            return new Usage((nanos - start.nanos) / 1e9, (appCpu - start.appCpu) / 1e9,
                    (nodeCpu - start.nodeCpu) / 1e9,
                    ticks == 0 ? Double.NaN : (double) (idleTicks - start.idleTicks) / ticks);
        }
    }

    /**
     * What happened between two readings.
     *
     * @param seconds     elapsed
     * @param appSeconds  CPU time of this JVM (application and benchmark)
     * @param nodeSeconds CPU time of the Elasticsearch node
     * @param idleShare   share of the machine's cores that stayed idle, NaN where {@code /proc/stat} is missing
     */
    record Usage(double seconds, double appSeconds, double nodeSeconds, double idleShare) {

        double totalSeconds() {
            return appSeconds + nodeSeconds;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.2f s; CPU app %.2f s + node %.2f s = %.2f s; idle %.0f %%",
                    seconds, appSeconds, nodeSeconds, totalSeconds(), idleShare * 100);
        }
    }

    private CpuMeter() {
    }

    static Reading read() {
        long[] machine = machineTicks();
        return new Reading(System.nanoTime(), cpuNanos(ProcessHandle.current()),
                ProcessHandle.current().descendants().mapToLong(CpuMeter::cpuNanos).sum(), machine[0], machine[1]);
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** All ticks and idle ticks (idle and waiting for I/O) of every core since boot; zeros without /proc. */
    private static long[] machineTicks() {
        if (!Files.isReadable(PROC_STAT)) {
            return new long[] {0, 0};
        }
        try (var lines = Files.lines(PROC_STAT)) {
            String cpu = lines.filter(l -> l.startsWith("cpu ")).findFirst().orElseThrow();
            long[] fields = Arrays.stream(cpu.substring(4).trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
            // user nice system idle iowait irq softirq steal; guest time is counted in user already.
            long all = 0;
            for (int i = 0; i < Math.min(8, fields.length); i++) {
                all += fields[i];
            }
            return new long[] {all, fields[3] + fields[4]};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
