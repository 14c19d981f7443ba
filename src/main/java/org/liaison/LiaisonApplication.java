package org.liaison;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Liaison: the information system of a social security liaison body. A modular monolith: each direct
 * sub-package is an application module (see docs/modules and ModularityTests).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LiaisonApplication {

    public static void main(String[] args) {
        SpringApplication.run(LiaisonApplication.class, args);
    }
}
