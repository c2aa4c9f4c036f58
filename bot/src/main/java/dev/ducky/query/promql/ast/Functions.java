package dev.ducky.query.promql.ast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prometheus 2.42's functions, read from {@code functions.tsv} next to this class. */
public final class Functions {
    private static final Map<String, Function> BY_NAME = load();

    private Functions() {
    }

    public static Optional<Function> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Collection<Function> all() {
        return BY_NAME.values();
    }

    private static Map<String, Function> load() {
        Map<String, Function> functions = new LinkedHashMap<>();
        try (InputStream in = Functions.class.getResourceAsStream("/dev/ducky/query/promql/functions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("functions.tsv is missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalStateException("functions.tsv: expected 5 columns in: " + line);
                }
                List<ValueType> args = f[1].isEmpty() ? List.of()
                        : Arrays.stream(f[1].split(",")).map(Functions::type).toList();
                functions.put(f[0], new Function(f[0], args, Integer.parseInt(f[2]), type(f[3]), f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(functions);
    }

    private static ValueType type(String code) {
        return switch (code) {
            case "v" -> ValueType.VECTOR;
            case "m" -> ValueType.MATRIX;
            case "s" -> ValueType.SCALAR;
            case "str" -> ValueType.STRING;
            default -> throw new IllegalStateException("functions.tsv: unknown type " + code);
        };
    }
}
