package org.kotmai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KotmaiApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(KotmaiApplication.class);
        // Commands (import, evaluate) need neither the web server nor the laws/ folder watcher.
        boolean command = args.length > 0 && java.util.Set.of("import", "evaluate").contains(args[0]);
        if (command) {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setDefaultProperties(java.util.Map.of("kotmai.ingest.watch", "false"));
        }
        ConfigurableApplicationContext context = app.run(args);
        if (command) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
