package org.kotmai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KotmaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(KotmaiApplication.class, args);
    }
}
