package org.liaison.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.liaison.shared.InputLimits;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON the application reads is held to {@link InputLimits} at the boundary, for every body of every module,
 * instead of a check per field (issue #10 §3): a text with a control character (NUL included, which PostgreSQL
 * refuses), a date outside the accepted range or a number beyond the accepted size is refused with a 400 naming its
 * field. Scalars are not coerced: {@code -1} is not a boolean, {@code 1.5} not an integer, {@code "12"} not a number
 * and {@code 12} not a text (DESIGN.md, "Jackson coerces scalars by default").
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("liaison-input-limits")
                        .addDeserializer(String.class, new CheckedText())
                        .addDeserializer(JsonNode.class, new CheckedTree<>(JsonNode.class))
                        .addDeserializer(ObjectNode.class, new CheckedTree<>(ObjectNode.class))
                        .addDeserializer(ArrayNode.class, new CheckedTree<>(ArrayNode.class))
                        .addDeserializer(LocalDate.class, new CheckedDate())
                        .addDeserializer(BigDecimal.class, new CheckedDecimal())
                        .addDeserializer(Double.class, new CheckedDouble(Double.class)));
    }

    /** Texts, wherever they are read (records, lists, maps, untyped values). */
    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (InputLimits.hasControlCharacter(text)) {
                throw new RefusedJsonValue(parser, RefusedJsonValue.Reason.CONTROL_CHARACTER, String.class);
            }
            return text;
        }
    }

    /** Trees (an SED's content, a request a controller reads itself): every text and every property name. */
    static final class CheckedTree<T extends JsonNode> extends StdDeserializer<T> {

        CheckedTree(Class<T> type) {
            super(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            JsonNode tree = (JsonNode) JsonNodeDeserializer.getDeserializer(handledType()).deserialize(parser, context);
            check(tree, parser);
            return (T) tree;
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            return JsonNodeDeserializer.getDeserializer(handledType()).getNullValue(context);
        }

        private static void check(JsonNode node, JsonParser parser) {
            if (node.isString() && InputLimits.hasControlCharacter(node.stringValue())) {
                throw new RefusedJsonValue(parser, RefusedJsonValue.Reason.CONTROL_CHARACTER, String.class);
            }
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    try {
                        if (InputLimits.hasControlCharacter(property.getKey())) {
                            throw new RefusedJsonValue(parser, RefusedJsonValue.Reason.CONTROL_CHARACTER, String.class);
                        }
                        check(property.getValue(), parser);
                    } catch (RefusedJsonValue refused) {
                        refused.prependPath(node, property.getKey());
                        throw refused;
                    }
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        check(node.get(i), parser);
                    } catch (RefusedJsonValue refused) {
                        refused.prependPath(node, i);
                        throw refused;
                    }
                }
            }
        }
    }

    static final class CheckedDate extends StdScalarDeserializer<LocalDate> {

        CheckedDate() {
            super(LocalDate.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !InputLimits.isAcceptedDate(date)) {
                throw new RefusedJsonValue(parser, RefusedJsonValue.Reason.DATE_OUT_OF_RANGE, LocalDate.class);
            }
            return date;
        }
    }

    static final class CheckedDecimal extends StdScalarDeserializer<BigDecimal> {

        CheckedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            if (!parser.currentToken().isNumeric()) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            BigDecimal number = parser.getDecimalValue();
            if (!InputLimits.isAcceptedNumber(number)) {
                throw new RefusedJsonValue(parser, RefusedJsonValue.Reason.NUMBER_OUT_OF_RANGE, BigDecimal.class);
            }
            return number;
        }
    }

    static final class CheckedDouble extends StdScalarDeserializer<Double> {

        CheckedDouble(Class<?> type) {
            super(type);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            if (!parser.currentToken().isNumeric()) {
                return (Double) context.handleUnexpectedToken(handledType(), parser);
            }
            double number = parser.getDoubleValue();
            if (!InputLimits.isAcceptedNumber(number)) {
                throw new RefusedJsonValue(parser, RefusedJsonValue.Reason.NUMBER_OUT_OF_RANGE, Double.class);
            }
            return number;
        }
    }
}
