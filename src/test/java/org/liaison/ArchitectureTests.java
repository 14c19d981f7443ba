package org.liaison;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * House rules that module boundaries alone do not enforce: a module's API (its root package) is plain Java that
 * other modules can use without the web or database layer; the web stays at the edges.
 */
class ArchitectureTests {

    static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.liaison");

    @Test
    void moduleApisAreFreeOfWebAndPersistenceFrameworks() {
        noClasses().that().resideInAnyPackage("org.liaison.agreements", "org.liaison.identity", "org.liaison.audit",
                        "org.liaison.shared", "org.liaison.coordination", "org.liaison.coordination.pensions",
                        "org.liaison.coordination.benefits", "org.liaison.coordination.care", "org.liaison.postings",
                        "org.liaison.exchange", "org.liaison.exchange.cases", "org.liaison.exchange.institutions",
                        "org.liaison.exchange.seds", "org.liaison.exchange.bucs", "org.liaison.exchange.transport")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..",
                        "jakarta.servlet..", "org.thymeleaf..", "com.zaxxer..")
                .because("a module's API is plain Java; adapters live in its sub-packages")
                .check(classes);
    }

    @Test
    void theCoordinationApiIsPlainJavaBuiltByTheModulesConfiguration() {
        noClasses().that().resideInAnyPackage("org.liaison.coordination", "org.liaison.coordination.pensions",
                        "org.liaison.coordination.benefits", "org.liaison.coordination.care")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .because("the engines, their inputs' readers and their answers' views are plain Java that any module, "
                        + "a batch or a benchmark uses as they are; coordination.internal's configuration makes beans of them")
                .check(classes);
    }

    @Test
    void onlyWebAdaptersDependOnTheServletApi() {
        noClasses().that().resideOutsideOfPackages("..web..", "..internal..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..")
                .because("requests and responses are handled at the edges")
                .check(classes);
    }

    @Test
    void theCoordinationEnginesArePlainJavaAndReadNoClock() {
        noClasses().that().resideInAnyPackage("org.liaison.coordination.internal.rules..",
                        "org.liaison.coordination.internal.pensions..", "org.liaison.coordination.internal.export..",
                        "org.liaison.coordination.internal.family..", "org.liaison.coordination.internal.unemployment..",
                        "org.liaison.coordination.internal.healthcare..", "org.liaison.coordination.internal.care..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "tools.jackson..", "com.fasterxml..", "java.sql..")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .because("rules are pure functions of their input and the registry; dates are inputs (DESIGN.md, ADR 0005)")
                .check(classes);
    }

    @Test
    void onlyThePostingWorkflowChangesAPostingRequestsStatus() {
        String store = "org.liaison.postings.internal.PostingRequestStore";
        noClasses().that().doNotHaveFullyQualifiedName("org.liaison.postings.internal.PostingRequests")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.<JavaClass>owner(
                                HasName.Predicates.name(store)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching("queue|close"))))
                .because("PostingRequests is the one place where a request moves (SUBMITTED → IN_REVIEW, APPROVED or "
                        + "REFUSED), each move audited; PostingRequestStore.queue and close are the only writes of the status")
                .check(classes);
    }

    @Test
    void refusalsAreAnsweredByTheOneProblemHandlerOfTheSharedKernel() {
        noClasses().that().resideOutsideOfPackage("org.liaison.shared.web")
                .should().beAnnotatedWith(RestControllerAdvice.class)
                .orShould().beAnnotatedWith(ControllerAdvice.class)
                .because("every module throws a ProblemException (or Spring's own ErrorResponse) and shared.web's "
                        + "ProblemHandler answers it, pages and API alike (ADR 0008)")
                .check(classes);
    }
}
