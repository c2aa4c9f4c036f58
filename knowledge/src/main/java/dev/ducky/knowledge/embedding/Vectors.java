package dev.ducky.knowledge.embedding;

/** Small vector arithmetic for unit-length embeddings. */
public final class Vectors {
    private Vectors() {
    }

    /** {@code v} scaled to length 1 (a zero vector stays zero); a new array. */
    public static float[] normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float[] out = new float[v.length];
        if (sum == 0) {
            return out;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }

    /** The dot product; for unit vectors, their cosine similarity. */
    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimensions differ: " + a.length + " and " + b.length);
        }
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
