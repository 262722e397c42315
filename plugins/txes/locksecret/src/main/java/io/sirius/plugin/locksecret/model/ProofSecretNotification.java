package io.sirius.plugin.locksecret.model;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.notification.Notification;
import java.util.Arrays;
import java.util.Objects;

/**
 * A proof claims to hash to a secret.
 *
 * @param hashAlgorithm the raw algorithm byte
 * @param secret the secret
 * @param proof the proof
 */
public record ProofSecretNotification(int hashAlgorithm, Hash256 secret, byte[] proof) implements Notification {

    /** Copies the proof. */
    public ProofSecretNotification {
        proof = proof.clone();
    }

    /** @return a copy of the proof */
    @Override
    public byte[] proof() {
        return proof.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProofSecretNotification that && hashAlgorithm == that.hashAlgorithm
                && secret.equals(that.secret) && Arrays.equals(proof, that.proof);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hashAlgorithm, secret, Arrays.hashCode(proof));
    }

    @Override
    public String toString() {
        return "ProofSecretNotification[hashAlgorithm=" + hashAlgorithm + ", secret=" + secret + ", proof="
                + Hex.encode(proof) + "]";
    }
}
