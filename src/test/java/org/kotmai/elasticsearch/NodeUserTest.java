package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeUserTest {

    @TempDir
    Path dir;

    @Test
    void runsCommandsUnchangedWhenNotRoot() {
        NodeUser user = new NodeUser("kotmai-es", false);

        user.prepare(List.of(dir), dir);

        assertThat(user.commandPrefix()).isEmpty();
        assertThat(user.name()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void switchesToTheNodeUserWithSetprivWhenRoot() {
        assertThat(new NodeUser("kotmai-es", true).commandPrefix())
                .containsExactly("setpriv", "--reuid=kotmai-es", "--regid=kotmai-es", "--init-groups");
    }

    @Test
    void explainsWhenTheNodeUserCannotReachTheDataDirectory() throws IOException {
        Assumptions.assumeTrue(new com.sun.security.auth.module.UnixSystem().getUid() == 0,
                "only root can hand directories to another user");
        Path closed = Files.createDirectories(dir.resolve("closed"));
        Path data = Files.createDirectories(closed.resolve("data"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));

        assertThatThrownBy(() -> NodeUser.forCurrentProcess("kotmai-es").prepare(List.of(data), data))
                .isInstanceOf(ManagedNodeException.class)
                .hasMessageContaining("User 'kotmai-es' cannot reach " + data)
                .hasMessageContaining("kotmai.data-dir");
    }
}
