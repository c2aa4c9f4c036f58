package dev.ducky.query.promql.ast;

import java.util.List;
import java.util.Objects;

/**
 * A PromQL function's signature and a short phrase for explanations.
 *
 * @param variadic as in Prometheus: 0 takes exactly {@code argTypes}; n > 0 takes the first
 *                 {@code argTypes.size() - 1} and then up to n of the last type; -1 takes any number of them
 * @param phrase   what it computes, with {@code {0}}, {@code {1}}… for its arguments and {@code {range}}
 */
public record Function(String name, List<ValueType> argTypes, int variadic, ValueType returnType, String phrase) {
    public Function {
        Objects.requireNonNull(name, "name");
        argTypes = List.copyOf(argTypes);
        Objects.requireNonNull(returnType, "returnType");
        Objects.requireNonNull(phrase, "phrase");
        if (variadic < -1) {
            throw new IllegalArgumentException("variadic must be -1, 0 or positive: " + variadic);
        }
    }
}
