package org.liaison.postings.web.certificates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.postings.CertificateVerification;
import org.liaison.shared.PartnerCode;
import org.springframework.stereotype.Component;

/** The consented fields of a verification as rows for the page, in the reader's language. */
@Component
class PublicFieldRows {

    /** One row: the message key of its label and its value. */
    record Row(String labelKey, String value) {
    }

    private final AgreementRegistry registry;

    PublicFieldRows(AgreementRegistry registry) {
        this.registry = registry;
    }

    List<Row> of(CertificateVerification verification, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<PublicField, String> field : verification.shown().entrySet()) {
            rows.add(new Row("certificates.field." + field.getKey().name(), value(field.getKey(), field.getValue(), locale)));
        }
        return rows;
    }

    private String value(PublicField field, String value, Locale locale) {
        return switch (field) {
            case PERIOD -> period(value, locale);
            case WORK_STATE -> PartnerCode.isValid(value)
                    ? registry.partner(PartnerCode.of(value)).map(p -> p.name(locale)).orElse(value) : value;
            default -> value;
        };
    }

    private static String period(String isoInterval, Locale locale) {
        String[] ends = isoInterval.split("/");
        if (ends.length != 2) {
            return isoInterval;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return format.format(LocalDate.parse(ends[0])) + " – " + format.format(LocalDate.parse(ends[1]));
    }
}
