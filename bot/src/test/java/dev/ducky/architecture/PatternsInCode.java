package dev.ducky.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every regular expression Ducky keeps in a static field, found on the compiled classes of all its modules (the
 * bot, knowledge, prompts, evals) so that a pattern added tomorrow is covered without anyone remembering to
 * register it. Patterns held inside lists, maps,
 * arrays, records and enum constants (a rule table, a list of cues) are found too.
 */
final class PatternsInCode {
    /** One pattern and where it lives, e.g. {@code Redactor.RULES[3]}. */
    record Found(String place, Pattern pattern) {
        @Override
        public String toString() {
            return place;
        }
    }

    private PatternsInCode() {
    }

    /** The patterns in static fields of Ducky's own classes in every module (not its libraries'). */
    static List<Found> inDucky() {
        List<Found> found = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (JavaClass type : new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("dev.ducky")) {
            if (generatedByMicronaut(type)) {
                continue;
            }
            for (JavaField field : type.getFields()) {
                Field reflected = field.reflect();
                if (field.getModifiers().contains(JavaModifier.STATIC) && !reflected.isSynthetic()
                        && mayHoldPatterns(reflected)) {
                    collect(valueOf(reflected), type.getSimpleName() + "." + field.getName(), found, seen);
                }
            }
        }
        return found;
    }

    // Bean definitions and introspections are written by the annotation processor and hold no user patterns.
    private static boolean generatedByMicronaut(JavaClass type) {
        return type.getName().contains("$Definition") || type.getName().contains("$Introspection");
    }

    private static boolean mayHoldPatterns(Field field) {
        Class<?> type = field.getType();
        return type == Pattern.class || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || type.isArray() || type.isRecord() || type.isEnum() || type == Optional.class;
    }

    private static Object valueOf(Field field) {
        try {
            field.setAccessible(true);
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static void collect(Object value, String place, List<Found> found, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Pattern pattern) {
            found.add(new Found(place, pattern));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collect(item, place + "[" + i++ + "]", found, seen);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                collect(key, place + "{" + key + "}", found, seen);
                collect(item, place + "{" + key + "}", found, seen);
            });
        } else if (value instanceof Object[] items) {
            for (int i = 0; i < items.length; i++) {
                collect(items[i], place + "[" + i + "]", found, seen);
            }
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(item -> collect(item, place, found, seen));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                collect(read(component, value), place, found, seen);
            }
        } else if (value instanceof Enum<?> constant && constant.getDeclaringClass().getName().startsWith("dev.ducky")) {
            for (Field field : constant.getDeclaringClass().getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && mayHoldPatterns(field)) {
                    collect(read(field, value), place + "." + constant.name(), found, seen);
                }
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
