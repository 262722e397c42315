package io.sirius.plugin.namespace.model;

import io.sirius.api.model.Address;
import io.sirius.api.model.NamespaceId;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of an Alias_Address (0x424E), version 1: {@code AliasAction u8 | NamespaceId u64 | Address 25}.
 *
 * @param aliasAction 0 link, 1 unlink (any byte on the wire; AliasActionValidator rejects others)
 * @param namespaceId the namespace whose alias changes
 * @param address the account it names (a resolved address: an alias of an alias does not decode)
 */
public record AddressAliasTransaction(int aliasAction, NamespaceId namespaceId, Address address) {

    /** Checks the arguments. */
    public AddressAliasTransaction {
        Objects.requireNonNull(namespaceId, "namespaceId");
        Objects.requireNonNull(address, "address");
        if (aliasAction < 0 || aliasAction > 0xFF) {
            throw new IllegalArgumentException("an alias action is one byte, not " + aliasAction);
        }
    }

    /** @return the action, if the byte names one */
    public Optional<AliasAction> action() {
        return AliasAction.fromCode(aliasAction);
    }
}
