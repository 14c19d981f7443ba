package org.liaison.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InputLimits;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Message;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request parameter (query string or form field, the login form's included) with a control character other than
 * tab, carriage return and line feed is refused here, before Spring Security and the controllers (issue #10 §3):
 * PostgreSQL refuses NUL in text, which gave 500s from every form and from the sign-in (where it must not count as
 * a failed attempt either), and Spring Security's firewall refuses such a parameter name only when a controller reads
 * it, which gave a 500 too. The answer is a 400: the error page, or for the API a problem body naming the parameter.
 * The error page is reached as a GET without parameters: the refused values are never read again.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
// after the character encoding (highest precedence) and the upload limit, before Spring Security (-100)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ParameterCharactersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refused = refusedParameter(request.getParameterMap());
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        String field = InputLimits.hasControlCharacter(refused) ? "" : refused;
        InvalidInputException problem = InvalidInputException.ofParameters(List.of(new FieldProblem(field,
                "CONTROL_CHARACTER", Message.of("i18n.common", "problem.parameter.control-character", field))));
        ErrorDispatch.forward(request, response, HttpServletResponse.SC_BAD_REQUEST, problem, new LinkedMultiValueMap<>());
    }

    /** The name of the first parameter whose name or one of whose values has a control character; null if none. */
    static @Nullable String refusedParameter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (InputLimits.hasControlCharacter(parameter.getKey())) {
                return parameter.getKey();
            }
            for (String value : parameter.getValue()) {
                if (InputLimits.hasControlCharacter(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }
}
