package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.ChildNamespaceNotification;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RootNamespaceMaxChildrenValidatorTest {

    @ParameterizedTest(name = "{0} children, a new one under {1}: {2}")
    @CsvSource({
        // maxChildNamespaces is 3, counting both levels
        "2, alpha, SUCCESS",
        "2, alpha.beta, SUCCESS",
        "3, alpha, MAX_CHILDREN_EXCEEDED",
        "3, alpha.beta, MAX_CHILDREN_EXCEEDED",
        "4, alpha, MAX_CHILDREN_EXCEEDED",
        "2, omega, SUCCESS"})
    void aRootHasAtMostMaxChildNamespaces(int children, String parentName, String expected) {
        // Arrange: alpha with beta and gamma, and more direct children up to the count
        InMemoryState state = Fixtures.state();
        RootNamespace alpha = Fixtures.withAlphaTree(state);
        NamespaceDelta delta = NamespaceDelta.of(state);
        for (int i = 2; i < children; i++) {
            var extra = Fixtures.child(List.of(Fixtures.ALPHA), "extra" + i);
            delta.put(extra);
            alpha = alpha.withChildren(alpha.children().with(extra.id()));
        }
        delta.put(alpha);
        NamespaceId parent = NamespaceIds.of(parentName);

        // Act
        var result = new RootNamespaceMaxChildrenValidator().validate(
                new ChildNamespaceNotification(Fixtures.OWNER, NamespaceIds.child(parent, "new"), parent, "new"),
                Fixtures.context(50, state).stateful());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
