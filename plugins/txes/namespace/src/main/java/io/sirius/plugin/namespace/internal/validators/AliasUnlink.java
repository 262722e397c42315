package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.state.StateView;
import io.sirius.plugin.namespace.model.AliasAction;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceEntry;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.Optional;

/**
 * The rule both unlink validators apply to their kind of alias: an unlink names exactly the alias there. The namespace
 * must exist (ALIAS_NAMESPACE_UNKNOWN), its alias must be of the named kind (ALIAS_UNLINK_TYPE_INCONSISTENCY) and
 * stand for the same address or mosaic (ALIAS_UNLINK_DATA_INCONSISTENCY). Links pass.
 */
final class AliasUnlink {

    private AliasUnlink() {
    }

    /**
     * @param state the state
     * @param namespaceId the namespace the notification names
     * @param action its action
     * @param named the alias it names
     * @return the result
     */
    static ResultCode check(StateView state, NamespaceId namespaceId, Optional<AliasAction> action,
            NamespaceAlias named) {
        if (!action.equals(Optional.of(AliasAction.UNLINK))) {
            return ResultCodes.SUCCESS;
        }
        Optional<NamespaceEntry> found = NamespaceView.of(state).find(namespaceId);
        if (found.isEmpty()) {
            return NamespaceResults.ALIAS_NAMESPACE_UNKNOWN;
        }
        NamespaceAlias alias = found.get().alias();
        if (alias.type() != named.type()) {
            return NamespaceResults.ALIAS_UNLINK_TYPE_INCONSISTENCY;
        }
        return alias.equals(named) ? ResultCodes.SUCCESS : NamespaceResults.ALIAS_UNLINK_DATA_INCONSISTENCY;
    }
}
