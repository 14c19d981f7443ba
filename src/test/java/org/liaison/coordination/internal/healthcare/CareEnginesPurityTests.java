package org.liaison.coordination.internal.healthcare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The unemployment and healthcare engines are plain Java with no clock: every date is an input. */
class CareEnginesPurityTests {

    @Test
    void theCareEnginesDependOnNoFrameworkAndReadNoClock() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "tools.jackson..", "com.fasterxml..", "java.sql..")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .because("the engines are pure functions of their input")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.liaison.coordination.internal.unemployment",
                                "org.liaison.coordination.internal.healthcare"));
    }
}
