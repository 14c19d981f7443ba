package org.liaison;

import org.liaison.shared.db.DatabaseUnavailableException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Liaison: the information system of a social security liaison body. A modular monolith: each direct
 * sub-package is an application module (see docs/modules and ModularityTests). The {@code shared} kernel (database,
 * web shell, error handling) is part of every module started alone in a module test.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
public class LiaisonApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(LiaisonApplication.class, args);
        } catch (RuntimeException e) {
            // already logged by Spring; Boot's own exit code is lost when the half-built context cannot publish it,
            // and scripts must tell "could not open the database" (3) from a command's own answer (docs/operations.md)
            System.exit(DatabaseUnavailableException.exitCodeOf(e));
        }
    }
}
