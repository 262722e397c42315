package io.sirius.plugin.namespace.state;

import java.util.List;
import java.util.Objects;

/**
 * What a root's previous owner held when the root passed to another account after its grace period: the root's alias
 * and every child, with their aliases. The new owner starts with none of them; a rollback of the takeover gives them
 * back.
 *
 * @param rootAlias the root's alias then
 * @param children the children then, ascending by id
 */
public record RetiredHoldings(NamespaceAlias rootAlias, List<ChildNamespace> children) {

    /** Checks and copies the arguments. */
    public RetiredHoldings {
        Objects.requireNonNull(rootAlias, "rootAlias");
        children = List.copyOf(children);
        for (int i = 1; i < children.size(); i++) {
            if (children.get(i - 1).id().compareTo(children.get(i).id()) >= 0) {
                throw new IllegalArgumentException("retired children must ascend by id, each once");
            }
        }
    }
}
