package org.liaison.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every failed request that ends in the servlet container's error dispatch comes here: a refusal answered by
 * {@link ProblemHandler} on a page, and what fails outside Spring MVC's handlers (security, filters, an upload too
 * large, an unexpected error). An RFC 9457 problem body for the API ({@code /api/**}) and for clients that ask for
 * JSON, built by the same {@link ProblemDescriptions}; a DSFR error page in the reader's language otherwise
 * (templates {@code error/404}, {@code error/403}, {@code error/413}, {@code error/503}, {@code error/5xx} and
 * {@code error/error}). A failure caused by an unreachable database is a 503 ({@link ServiceUnavailable}).
 */
// one-off commands run without a web server, hence without ErrorAttributes
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class ErrorPagesController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPagesController.class);

    private final ErrorAttributes errorAttributes;
    private final ProblemDescriptions problems;
    private final JsonMapper json;
    private final String uploadLimit;
    private final ObjectProvider<AccessRules> modules;
    private volatile @Nullable List<AccessRules.Rule> rules;

    ErrorPagesController(ErrorAttributes errorAttributes, MessageSource messages, JsonMapper json,
                         @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize uploadLimit,
                         ObjectProvider<AccessRules> modules) {
        this.errorAttributes = errorAttributes;
        this.modules = modules;
        this.problems = new ProblemDescriptions(messages);
        this.json = json;
        this.uploadLimit = uploadLimit.toMegabytes() + " MB";
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    @Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        HttpStatus status = status(request);
        if (status == HttpStatus.INTERNAL_SERVER_ERROR && ServiceUnavailable.causedBy(error)) {
            // failed outside a handler (while rendering a page, in a filter): the database, not the request
            ServiceUnavailable.mark(request, response, error);
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        String path = Shell.of(request, locale).path();
        String reference = (String) request.getAttribute(UnexpectedErrorResolver.REFERENCE);
        if (status.is4xxClientError()) {
            log.debug("{} {} answered {} ({})", request.getMethod(), path, status.value(),
                    error == null ? "no exception" : error.getClass().getSimpleName());
        }
        if (wantsProblem(request, path)) {
            Map<String, Object> body = problems.describe(status, error, path, reference, locale);
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), body);
            return null;
        }
        ModelAndView page = new ModelAndView(view(status), status);
        page.addObject("status", status.value());
        page.addObject("limit", status.value() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE ? uploadLimit : null);
        page.addObject("reference", reference);
        page.addObject("requiredRoles", status == HttpStatus.FORBIDDEN ? requiredRoles(request, path) : List.of());
        return page;
    }

    /**
     * The roles of which one opens the refused address, as the modules' {@link AccessRules} declare it (the rule the
     * security chain applied); empty when the address needs no role or no module declared it.
     */
    private List<String> requiredRoles(HttpServletRequest request, String path) {
        List<AccessRules.Rule> ordered = rules;
        if (ordered == null) {
            ordered = AccessRules.ordered(modules.orderedStream().toList());
            rules = ordered;
        }
        return AccessRules.accessFor(ordered, HttpMethod.valueOf(request.getMethod()), path)
                .map(AccessRules.Access::roles).orElse(List.of());
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        // a visit to /error itself is a visit to a page that does not exist
        return status != null ? status : HttpStatus.NOT_FOUND;
    }

    /** Whether the client reads a problem body (the API, or a client asking for JSON) rather than a page. */
    static boolean wantsProblem(HttpServletRequest request, String path) {
        if (path.startsWith("/api/") || path.equals("/api")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html")
                && (accept.contains("application/json") || accept.contains("application/problem+json"));
    }

    private static String view(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND || status == HttpStatus.FORBIDDEN || status == HttpStatus.SERVICE_UNAVAILABLE
                || status.value() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            return "error/" + status.value();
        }
        return status.is5xxServerError() ? "error/5xx" : "error/error";
    }
}
