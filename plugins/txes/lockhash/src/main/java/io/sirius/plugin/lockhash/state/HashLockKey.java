package io.sirius.plugin.lockhash.state;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import java.util.Objects;

/**
 * A key of the HashLockInfo cache: a lock under its aggregate hash, or one of two indexes of aggregate hashes (by the
 * height the locks end at, by owner).
 */
public sealed interface HashLockKey {

    /**
     * A lock.
     *
     * @param hash the bonded aggregate's hash
     */
    record Lock(Hash256 hash) implements HashLockKey {
        /** Checks the argument. */
        public Lock {
            Objects.requireNonNull(hash, "hash");
        }
    }

    /**
     * The locks that end at a height.
     *
     * @param height the height
     */
    record Expiry(Height height) implements HashLockKey {
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
    record Owner(PublicKey owner) implements HashLockKey {
        /** Checks the argument. */
        public Owner {
            Objects.requireNonNull(owner, "owner");
        }
    }
}
