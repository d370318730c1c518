package be.storysite.generator.memo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * Reads the components of the records in a data model (a pager, its links), for comparing them
 * ({@link ModelMemo}) and fingerprinting them (the incremental build's hasher). Each record class's accessors are
 * looked up and made accessible once: the check is not free per call. Thread-safe.
 *
 * <pre>{@code
 * RecordComponents components = new RecordComponents();
 * components.of(new Pager.Link(2, "/klantverhalen/pagina/2/", false, false));   // [2, "/klantverhalen/...", false, false]
 * }</pre>
 */
public final class RecordComponents {

    private final Map<Class<?>, List<Method>> accessors = new ConcurrentHashMap<>();

    /** The values of {@code record}'s components, in declaration order. */
    public Object[] of(Object record) {
        List<Method> all = accessors.computeIfAbsent(record.getClass(), RecordComponents::accessorsOf);
        Object[] values = new Object[all.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(all.get(i), record);
        }
        return values;
    }

    /**
     * Whether the records {@code a} and {@code b} (of one class) have equal components, in declaration order, by
     * {@code equal}; stops at the first that differs, and copies no component out.
     */
    public boolean same(Object a, Object b, BiPredicate<Object, Object> equal) {
        for (Method accessor : accessors.computeIfAbsent(a.getClass(), RecordComponents::accessorsOf)) {
            if (!equal.test(read(accessor, a), read(accessor, b))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every component of records of {@code type} is a primitive, a boxed number or boolean, or a string. */
    public static boolean scalarsOnly(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .allMatch(t -> t.isPrimitive() || t == String.class || t == Integer.class || t == Long.class
                        || t == Boolean.class);
    }

    private static List<Method> accessorsOf(Class<?> type) {
        List<Method> all = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toList();
        all.forEach(accessor -> accessor.setAccessible(true));
        return all;
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
