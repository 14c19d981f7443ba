package org.liaison.exchange.web.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.internal.routing.RoutingRules;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The routing rules of incoming cases: staff read them, administrators add and delete them. */
@RestController
@RequestMapping(path = "/api/v1/exchange/routing-rules", produces = "application/json")
@Tag(name = "Routing rules", description = "Which French institution an incoming case addressed to the liaison body goes to")
class RoutingApiController {

    private static final String CASES = "i18n.cases";

    private final RoutingRules rules;
    private final InstitutionDirectory directory;

    RoutingApiController(RoutingRules rules, InstitutionDirectory directory) {
        this.rules = rules;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "The routing rules in the order they apply",
            description = "The first rule (lowest priority number) whose non-null criteria all match routes the case;"
                    + " no match leaves it in the liaison officers' queue.")
    @ApiResponse(responseCode = "200", description = "Every rule, by priority then id")
    List<RoutingRuleView.Stored> list() {
        return rules.all().stream().map(RoutingRuleView.Stored::of).toList();
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a routing rule (administrators)",
            description = "The institution must be a French institution of the IR and, when a BUC is given, handle it as"
                    + " counterparty. The rule routes the next incoming case.")
    @ApiResponse(responseCode = "201", description = "The rule as stored, with its id")
    @ApiResponse(responseCode = "400", description = "Invalid fields; `errors` lists each with its JSON path")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    RoutingRuleView.Stored add(@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The rule; priority and institution required")
                    @RequestBody RoutingRuleView.Request request) {
        RoutingRuleInput body = request.input();
        List<FieldProblem> problems = body.problems(directory);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid-routing-rule", Message.of(CASES, "routing.problem.invalid.title"),
                    Message.of(CASES, "routing.problem.invalid.detail", problems.size()), problems);
        }
        return RoutingRuleView.Stored.of(rules.add(body.rule()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Delete a routing rule (administrators)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No rule has this id")
    void delete(@Parameter(description = "The rule's id") @PathVariable long id) {
        if (!rules.remove(id)) {
            throw new ProblemException(Problem.notFound("not-found", Message.of(CASES, "routing.problem.not-found.title"),
                    Message.of(CASES, "routing.problem.not-found.detail", String.valueOf(id))));
        }
    }
}
