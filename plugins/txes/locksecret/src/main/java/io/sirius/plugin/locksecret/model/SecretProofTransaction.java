package io.sirius.plugin.locksecret.model;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.UnresolvedAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * The body of a Secret_Proof (0x4252): {@code HashAlgorithm u8 | Secret 32 | Recipient 25 | ProofSize u16 | Proof}.
 * Anyone may publish it; the lock of {@code (secret, recipient)} pays its recipient.
 *
 * @param hashAlgorithm the raw algorithm byte
 * @param secret the lock's secret
 * @param recipient the lock's recipient (address or alias)
 * @param proof the bytes whose hash is the secret, at most 65535
 */
public record SecretProofTransaction(int hashAlgorithm, Hash256 secret, UnresolvedAddress recipient, byte[] proof) {
    /** The size of the body without the proof. */
    public static final int FIXED_SIZE = 1 + Hash256.SIZE + UnresolvedAddress.SIZE + 2;

    /** Checks and copies the arguments. */
    public SecretProofTransaction {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(recipient, "recipient");
        proof = proof.clone();
        if (hashAlgorithm < 0 || hashAlgorithm > 0xFF) {
            throw new IllegalArgumentException("a hash algorithm is one byte, not " + hashAlgorithm);
        }
        if (proof.length > 0xFFFF) {
            throw new IllegalArgumentException("a proof holds at most 65535 bytes, not " + proof.length);
        }
    }

    /** @return a copy of the proof */
    @Override
    public byte[] proof() {
        return proof.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretProofTransaction that && hashAlgorithm == that.hashAlgorithm
                && secret.equals(that.secret) && recipient.equals(that.recipient) && Arrays.equals(proof, that.proof);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hashAlgorithm, secret, recipient, Arrays.hashCode(proof));
    }

    @Override
    public String toString() {
        return "SecretProofTransaction[hashAlgorithm=" + hashAlgorithm + ", secret=" + secret + ", recipient=" + recipient
                + ", proof=" + Hex.encode(proof) + "]";
    }
}
