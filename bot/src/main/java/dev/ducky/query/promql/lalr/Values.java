package dev.ducky.query.promql.lalr;

/** The semantic values of a production's right-hand side, {@code $1} being {@code get(0)}. */
public final class Values {
    private final Object[] stack;
    private final int offset;
    private final int size;

    Values(Object[] stack, int offset, int size) {
        this.stack = stack;
        this.offset = offset;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return (T) stack[offset + index];
    }

    public int size() {
        return size;
    }
}
