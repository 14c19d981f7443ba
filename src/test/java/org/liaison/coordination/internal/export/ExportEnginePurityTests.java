package org.liaison.coordination.internal.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: no framework, no database, no clock (dates are inputs). */
class ExportEnginePurityTests {

    @Test
    void theEngineDependsOnNoFrameworkAndReadsNoClock() {
        noClasses().that().resideInAPackage("org.liaison.coordination.internal.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..",
                        "com.fasterxml..", "java.sql..")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .because("the engine is a pure function of its input and the registry")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.liaison.coordination.internal.export"));
    }
}
