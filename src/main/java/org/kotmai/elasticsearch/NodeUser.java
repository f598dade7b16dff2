package org.kotmai.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch refuses to run as root. When the application is root, the node runs as an unprivileged system user
 * instead: created on demand, owner of the node's directories, and switched to with {@code setpriv}, which execs
 * the launcher so the child's PID stays the node's own and can be signalled.
 */
final class NodeUser {

    private static final Logger log = LoggerFactory.getLogger(NodeUser.class);

    private final String name;
    private final boolean root;

    NodeUser(String name, boolean root) {
        this.name = name;
        this.root = root;
    }

    static NodeUser forCurrentProcess(String name) {
        return new NodeUser(name, new com.sun.security.auth.module.UnixSystem().getUid() == 0);
    }

    String name() {
        return root ? name : System.getProperty("user.name");
    }

    /** Creates the user if needed and hands it the given directories; a no-op when not root. */
    void prepare(List<Path> ownedDirectories, Path mustBeReadable) {
        if (!root) {
            return;
        }
        if (run(List.of("id", "-u", name)) != 0) {
            log.info("Creating system user '{}' to run Elasticsearch, which refuses to run as root", name);
            if (run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name)) != 0) {
                throw new ManagedNodeException("Could not create system user '" + name + "' for Elasticsearch"
                        + " (useradd failed). Create it yourself (useradd --system " + name + ") or set"
                        + " kotmai.elasticsearch.managed.user to an existing unprivileged user.");
            }
        }
        for (Path dir : ownedDirectories) {
            if (run(List.of("chown", "-R", name + ":" + name, dir.toString())) != 0) {
                throw new ManagedNodeException("Could not give " + dir + " to user '" + name + "' (chown failed).");
            }
        }
        List<Path> probes = new ArrayList<>(ownedDirectories);
        probes.add(mustBeReadable);
        for (Path probe : probes) {
            List<String> test = new ArrayList<>(commandPrefix());
            test.addAll(List.of("test", "-r", probe.toString(), "-a", "-x", probe.toString()));
            if (run(test) != 0) {
                throw new ManagedNodeException("User '" + name + "' cannot reach " + probe + ": a parent directory"
                        + " is not searchable by other users (e.g. /root is mode 700). Set kotmai.data-dir to a"
                        + " directory outside it, or chmod o+x the parent directories.");
            }
        }
        log.info("Running as root: the Elasticsearch node will run as unprivileged user '{}'", name);
    }

    /** What to put before the launcher command so it runs as this user. */
    List<String> commandPrefix() {
        if (!root) {
            return List.of();
        }
        return List.of("setpriv", "--reuid=" + name, "--regid=" + name, "--init-groups");
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            if (process.exitValue() != 0) {
                log.debug("{} exited {}: {}", command, process.exitValue(), output.strip());
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new ManagedNodeException("Could not run " + command.get(0) + " (" + e.getMessage() + "); it is"
                    + " needed to run Elasticsearch as an unprivileged user when the application is root.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManagedNodeException("Interrupted while running " + command, e);
        }
    }
}
