package org.liaison.shared.web;

import java.util.List;
import java.util.Locale;
import org.liaison.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves input problems into messages in the reader's language. */
@Component
public class FieldMessages {

    /** A problem as the API and the pages show it. */
    public record FieldError(String field, String message) {
    }

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    public List<FieldError> resolve(List<FieldProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new FieldError(p.field(), p.message().in(locale)))
                .toList();
    }

    public String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
