package io.sirius.api.plugin;

import io.sirius.api.model.EntityType;
import java.util.Objects;

/**
 * A transaction type a plugin handles.
 *
 * @param name the Sirius name, e.g. {@code Transfer}
 * @param type the entity type code
 * @param minVersion the oldest entity version the codec and handler understand
 * @param maxVersion the newest one; which of them a network accepts at a height comes from its
 *     supported-entities config
 * @param embeddable whether it may appear inside an aggregate
 * @param bodyType the body record's class
 * @param codec reads and writes the body
 * @param handler turns it into notifications
 * @param lifetime the type's own limit on its deadline ({@link LifetimeLimit#NETWORK} for the network's; since 1.1)
 * @param <T> the body record
 */
public record TransactionDescriptor<T>(String name, EntityType type, int minVersion, int maxVersion, boolean embeddable,
        Class<T> bodyType, TransactionCodec<T> codec, TransactionHandler<T> handler, LifetimeLimit lifetime) {

    /** Checks the arguments. */
    public TransactionDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bodyType, "bodyType");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(lifetime, "lifetime");
        if (!type.isTransaction()) {
            throw new IllegalArgumentException(name + ": " + type + " is not a transaction type");
        }
        if (minVersion < 1 || maxVersion < minVersion || maxVersion > 0xFFFF) {
            throw new IllegalArgumentException(name + ": versions " + minVersion + ".." + maxVersion + " are not a range");
        }
    }

    /**
     * A type whose deadline follows the network's {@code maxTransactionLifetime}.
     *
     * @param name the Sirius name
     * @param type the entity type code
     * @param minVersion the oldest entity version understood
     * @param maxVersion the newest one
     * @param embeddable whether it may appear inside an aggregate
     * @param bodyType the body record's class
     * @param codec reads and writes the body
     * @param handler turns it into notifications
     */
    public TransactionDescriptor(String name, EntityType type, int minVersion, int maxVersion, boolean embeddable,
            Class<T> bodyType, TransactionCodec<T> codec, TransactionHandler<T> handler) {
        this(name, type, minVersion, maxVersion, embeddable, bodyType, codec, handler, LifetimeLimit.NETWORK);
    }

    /**
     * @param limit the type's own limit on its deadline
     * @return this descriptor with that limit
     * @since 1.1
     */
    public TransactionDescriptor<T> withLifetime(LifetimeLimit limit) {
        return new TransactionDescriptor<>(name, type, minVersion, maxVersion, embeddable, bodyType, codec, handler, limit);
    }

    /**
     * @param version an entity version
     * @return whether the codec and handler understand it
     */
    public boolean understands(int version) {
        return version >= minVersion && version <= maxVersion;
    }
}
