package org.liaison.coordination.internal.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules are plain Java (DESIGN.md, ddd-by-examples): no framework in the engine. */
class EnginePurityTests {

    @Test
    void theRulesDependOnNoFramework() {
        noClasses().that().resideInAPackage("org.liaison.coordination.internal.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..",
                        "com.fasterxml..", "java.sql..")
                .because("the engine is a pure function of the situation and the registry")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.liaison.coordination.internal.rules"));
    }
}
