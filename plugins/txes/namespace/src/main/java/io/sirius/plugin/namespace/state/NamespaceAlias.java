package io.sirius.plugin.namespace.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a namespace stands for: nothing, a mosaic or an account address.
 */
public sealed interface NamespaceAlias permits NamespaceAlias.None, NamespaceAlias.OfMosaic, NamespaceAlias.OfAddress {

    /** @return the alias type */
    AliasType type();

    /** @return the aliased mosaic, if this is a mosaic alias */
    default Optional<MosaicId> mosaicId() {
        return Optional.empty();
    }

    /** @return the aliased address, if this is an address alias */
    default Optional<Address> address() {
        return Optional.empty();
    }

    /** @return no alias */
    static NamespaceAlias none() {
        return None.INSTANCE;
    }

    /**
     * @param mosaicId a mosaic
     * @return an alias of it
     */
    static NamespaceAlias of(MosaicId mosaicId) {
        return new OfMosaic(mosaicId);
    }

    /**
     * @param address an account
     * @return an alias of it
     */
    static NamespaceAlias of(Address address) {
        return new OfAddress(address);
    }

    /** No alias. */
    record None() implements NamespaceAlias {
        private static final None INSTANCE = new None();

        @Override
        public AliasType type() {
            return AliasType.NONE;
        }
    }

    /**
     * A mosaic alias.
     *
     * @param id the mosaic
     */
    record OfMosaic(MosaicId id) implements NamespaceAlias {
        /** Checks for null. */
        public OfMosaic {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public AliasType type() {
            return AliasType.MOSAIC;
        }

        @Override
        public Optional<MosaicId> mosaicId() {
            return Optional.of(id);
        }
    }

    /**
     * An address alias.
     *
     * @param account the address
     */
    record OfAddress(Address account) implements NamespaceAlias {
        /** Checks for null. */
        public OfAddress {
            Objects.requireNonNull(account, "account");
        }

        @Override
        public AliasType type() {
            return AliasType.ADDRESS;
        }

        @Override
        public Optional<Address> address() {
            return Optional.of(account);
        }
    }
}
