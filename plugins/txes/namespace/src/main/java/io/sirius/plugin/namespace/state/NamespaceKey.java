package io.sirius.plugin.namespace.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import java.util.Objects;

/**
 * The key of a namespace cache row. Each kind is stored with its own first byte, so the kinds never collide and each
 * sorts on its own (see the cache's key codec).
 */
public sealed interface NamespaceKey permits NamespaceKey.Namespace, NamespaceKey.Expiry, NamespaceKey.Owner,
        NamespaceKey.OwnerAddress, NamespaceKey.AliasedAddress, NamespaceKey.AliasedMosaic {

    /**
     * A namespace, root or child; the value is a {@link RootNamespace} or a {@link ChildNamespace}. Roots and children
     * share the key space as they share the id space.
     *
     * @param id the namespace's id
     */
    record Namespace(NamespaceId id) implements NamespaceKey {
        /** Checks for null. */
        public Namespace {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * The roots whose lifetime ends at a height (a {@link NamespaceIdSet}); the block before that height marks them
     * expired.
     *
     * @param height the first expired height
     */
    record Expiry(Height height) implements NamespaceKey {
        /** Checks for null. */
        public Expiry {
            Objects.requireNonNull(height, "height");
        }
    }

    /**
     * The roots an account owns now (a {@link NamespaceIdSet}).
     *
     * @param owner the account's public key
     */
    record Owner(PublicKey owner) implements NamespaceKey {
        /** Checks for null. */
        public Owner {
            Objects.requireNonNull(owner, "owner");
        }
    }

    /**
     * The public key of an account that owns roots, by its address (an {@link OwnerPublicKey}).
     *
     * @param address the owner's address
     */
    record OwnerAddress(Address address) implements NamespaceKey {
        /** Checks for null. */
        public OwnerAddress {
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * The namespaces that are aliases of an address (a {@link NamespaceIdSet}).
     *
     * @param address the aliased address
     */
    record AliasedAddress(Address address) implements NamespaceKey {
        /** Checks for null. */
        public AliasedAddress {
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * The namespaces that are aliases of a mosaic (a {@link NamespaceIdSet}).
     *
     * @param mosaicId the aliased mosaic
     */
    record AliasedMosaic(MosaicId mosaicId) implements NamespaceKey {
        /** Checks for null. */
        public AliasedMosaic {
            Objects.requireNonNull(mosaicId, "mosaicId");
        }
    }
}
