package io.interviews.stage.embedding;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A static embedding table distilled from a sentence-embedding model: one vector and one weight per vocabulary
 * piece, so that a text's vector is the weighted sum of its pieces' vectors — no neural network at run time. Written
 * by the evaluation module's {@code distill} command; vectors are stored as bytes with a scale per piece.
 *
 * @param teacher   the model it was distilled from
 * @param lowercase whether the tokenizer lowercases (as the teacher's did)
 * @param pieces    the vocabulary, index = piece id
 * @param weights   how much each piece counts (frequent pieces such as "the" count little)
 * @param scales    per piece: the stored byte times this is the vector's component
 * @param vectors   {@code dimensions} bytes per piece, piece after piece (one array: a hundred thousand small ones
 *                  cost 2 MB of headers and pointers)
 */
public record StaticEmbeddings(String teacher, boolean lowercase, int dimensions, List<String> pieces, float[] weights,
                               float[] scales, byte[] vectors) {

    private static final int MAGIC = 0x49534531; // "ISE1"

    public StaticEmbeddings {
        pieces = List.copyOf(pieces);
        if (weights.length != pieces.size() || scales.length != pieces.size()
                || vectors.length != pieces.size() * dimensions) {
            throw new IllegalArgumentException("a weight, a scale and a vector per piece");
        }
    }

    /** Quantizes float vectors (one per piece) to bytes. */
    public static StaticEmbeddings of(String teacher, boolean lowercase, List<String> pieces, float[] weights,
                                      float[][] vectors) {
        int dimensions = vectors[0].length;
        float[] scales = new float[vectors.length];
        byte[] bytes = new byte[vectors.length * dimensions];
        for (int piece = 0; piece < vectors.length; piece++) {
            float max = 0;
            for (float value : vectors[piece]) {
                max = Math.max(max, Math.abs(value));
            }
            scales[piece] = max == 0 ? 0 : max / 127f;
            for (int i = 0; i < dimensions; i++) {
                bytes[piece * dimensions + i] = (byte) (max == 0 ? 0 : Math.round(vectors[piece][i] / scales[piece]));
            }
        }
        return new StaticEmbeddings(teacher, lowercase, dimensions, pieces, weights, scales, bytes);
    }

    public WordPieceTokenizer tokenizer() {
        return new WordPieceTokenizer(pieces, lowercase);
    }

    /** The unit-length weighted sum of the pieces' vectors; all zeros when no piece is known. */
    public float[] embed(List<Integer> ids) {
        float[] sum = new float[dimensions];
        for (int id : ids) {
            if (id == WordPieceTokenizer.UNKNOWN) {
                continue;
            }
            float factor = weights[id] * scales[id];
            int offset = id * dimensions;
            for (int i = 0; i < dimensions; i++) {
                sum[i] += factor * vectors[offset + i];
            }
        }
        double norm = 0;
        for (float value : sum) {
            norm += value * value;
        }
        if (norm > 0) {
            float inverse = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < dimensions; i++) {
                sum[i] *= inverse;
            }
        }
        return sum;
    }

    public static StaticEmbeddings read(InputStream in) throws IOException {
        // buffered: DataInputStream reads most fields a byte at a time, and each read of a GZIPInputStream inflates
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a static embedding table");
        }
        String teacher = data.readUTF();
        boolean lowercase = data.readBoolean();
        int size = data.readInt();
        int dimensions = data.readInt();
        String[] pieces = new String[size];
        float[] weights = new float[size];
        float[] scales = new float[size];
        byte[] vectors = new byte[size * dimensions];
        for (int piece = 0; piece < size; piece++) {
            pieces[piece] = data.readUTF();
            weights[piece] = data.readFloat();
            scales[piece] = data.readFloat();
            data.readFully(vectors, piece * dimensions, dimensions);
        }
        return new StaticEmbeddings(teacher, lowercase, dimensions, List.of(pieces), weights, scales, vectors);
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(zipped);
        data.writeInt(MAGIC);
        data.writeUTF(teacher);
        data.writeBoolean(lowercase);
        data.writeInt(pieces.size());
        data.writeInt(dimensions);
        for (int piece = 0; piece < pieces.size(); piece++) {
            data.writeUTF(pieces.get(piece));
            data.writeFloat(weights[piece]);
            data.writeFloat(scales[piece]);
            data.write(vectors, piece * dimensions, dimensions);
        }
        data.flush();
        zipped.finish();
    }
}
