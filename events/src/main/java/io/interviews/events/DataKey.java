package io.interviews.events;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One interview's data key (AES-256-GCM): it seals the event fields marked {@link Personal} on the wire, so
 * deleting the key (crypto-shredding) makes them unreadable in every copy Kafka keeps. A sealed value reads
 * {@code enc:v1:<base64url(iv | ciphertext | tag)>}; the interview id is authenticated with it, so a value moved
 * into another interview's event does not open. An {@link #erased(UUID) erased} key seals and opens nothing: every
 * personal value then reads {@value #ERASED}.
 */
public final class DataKey {

    /** What a personal value reads once its interview's key is gone. */
    public static final String ERASED = "[erased]";
    static final String SEALED_PREFIX = "enc:v1:";
    private static final String ALGORITHM = "AES";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BITS = 256;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * One cipher per thread, initialised anew for every value: looking the transformation up took 1.5–3 % of a
     * service's CPU samples under load (JFR) when every value asked for a new one.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has " + TRANSFORMATION, e);
        }
    });

    private final UUID interviewId;
    private final SecretKey key;

    private DataKey(UUID interviewId, SecretKey key) {
        this.interviewId = Objects.requireNonNull(interviewId, "interviewId");
        this.key = key;
    }

    /** A new random key for {@code interviewId}. */
    public static DataKey generate(UUID interviewId) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(ALGORITHM);
            generator.init(KEY_BITS, RANDOM);
            return new DataKey(interviewId, generator.generateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has AES", e);
        }
    }

    /** The stored key {@link #bytes()} of {@code interviewId}. */
    public static DataKey of(UUID interviewId, byte[] bytes) {
        if (bytes == null || bytes.length != KEY_BITS / 8) {
            throw new IllegalArgumentException("a data key has " + KEY_BITS / 8 + " bytes");
        }
        return new DataKey(interviewId, new SecretKeySpec(bytes.clone(), ALGORITHM));
    }

    /** The key of an interview that was erased: its personal values read {@value #ERASED}. */
    public static DataKey erased(UUID interviewId) {
        return new DataKey(interviewId, null);
    }

    /** Whether {@code value} is a value sealed by some data key. */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(SEALED_PREFIX);
    }

    public UUID interviewId() {
        return interviewId;
    }

    public boolean isErased() {
        return key == null;
    }

    /** The raw key, for the key table; empty once erased. */
    public Optional<byte[]> bytes() {
        return Optional.ofNullable(key).map(k -> k.getEncoded().clone());
    }

    /** {@code plaintext} sealed with this key (a fresh IV each time); {@value #ERASED} once the key is erased. */
    public String seal(String plaintext) {
        if (key == null) {
            return ERASED;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv).doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return SEALED_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a value of interview " + interviewId, e);
        }
    }

    /**
     * The plaintext of a {@link #seal sealed} value; {@value #ERASED} once the key is erased.
     *
     * @throws InvalidEventException if the value was not sealed with this key for this interview, or was altered
     */
    public String open(String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        if (key == null) {
            return ERASED;
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(sealed.substring(SEALED_PREFIX.length()));
            if (in.length < IV_BYTES) {
                throw new InvalidEventException("a sealed value of interview " + interviewId + " is truncated");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(in, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new InvalidEventException("a sealed value does not open with the data key of interview "
                    + interviewId + " (another interview's, or altered)", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = CIPHERS.get();
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(interviewId.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public String toString() {
        return "DataKey[" + interviewId + (key == null ? ", erased]" : "]"); // never the key itself
    }
}
