package io.sirius.plugin.locksecret.state;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import java.util.Objects;

/**
 * A key of the SecretLockInfo cache: a lock under its composite hash, or one of three indexes of composite hashes (by
 * the height the locks end at, by owner, by secret).
 */
public sealed interface SecretLockKey {

    /**
     * A lock.
     *
     * @param compositeHash SHA3-256 of the secret and the recipient's address
     */
    record Lock(Hash256 compositeHash) implements SecretLockKey {
        /** Checks the argument. */
        public Lock {
            Objects.requireNonNull(compositeHash, "compositeHash");
        }
    }

    /**
     * The locks that end at a height.
     *
     * @param height the height
     */
    record Expiry(Height height) implements SecretLockKey {
        /** Checks the argument. */
        public Expiry {
            Objects.requireNonNull(height, "height");
        }
    }

    /**
     * The locks an account created.
     *
     * @param owner the owner's public key
     */
    record Owner(PublicKey owner) implements SecretLockKey {
        /** Checks the argument. */
        public Owner {
            Objects.requireNonNull(owner, "owner");
        }
    }

    /**
     * The locks of a secret (one per recipient).
     *
     * @param secret the secret
     */
    record Secret(Hash256 secret) implements SecretLockKey {
        /** Checks the argument. */
        public Secret {
            Objects.requireNonNull(secret, "secret");
        }
    }
}
