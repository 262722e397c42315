package io.sirius.plugin.property.internal.observers;

import io.sirius.api.model.Address;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.ModifyPropertyValueNotification;
import io.sirius.plugin.property.model.PropertyModificationType;
import io.sirius.plugin.property.model.PropertyType;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.property.state.AccountProperty;
import io.sirius.plugin.property.state.PropertyCache;
import io.sirius.plugin.property.state.PropertyValue;
import java.util.Objects;

/**
 * Applies one modification to the signer's property (COMMIT), or the opposite one (ROLLBACK), as Sirius does: the
 * resolved value is added or deleted, allowing or blocking as the property type says. An account appears in the cache
 * with its first value and leaves it when its last value goes. A property's mode follows its values (an empty property
 * is blocking), so the opposite modification restores the exact entry. One instance per kind of value, named as Sirius
 * names them ({@code AddressPropertyValueModificationObserver}, ...).
 *
 * @param <V> the type of the values
 * @param <M> the notification of one modification of the kind
 */
public final class PropertyValueModificationObserver<V, M extends ModifyPropertyValueNotification<V>>
        implements Observer<M> {
    private final ValueKind<V, ?, ?, M> kind;

    /**
     * @param kind the kind of values
     */
    public PropertyValueModificationObserver(ValueKind<V, ?, ?, M> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Class<M> notificationType() {
        return kind.valueModificationType();
    }

    @Override
    public void notify(M notification, ObserverContext context) {
        CacheDelta<Address, AccountProperties> cache = context.state().cache(PropertyCache.DESCRIPTOR);
        Address address = context.addressOf(notification.key());
        PropertyValue value = kind.resolve(notification.modification().value(), context.resolvers()).orElseThrow(
                () -> new IllegalStateException("property value " + notification.modification().value()
                        + " does not resolve, yet its modification was validated"));
        int type = notification.modification().type();
        if (context.mode() == NotifyMode.ROLLBACK) {
            type = type == PropertyModificationType.ADD ? PropertyModificationType.DEL : PropertyModificationType.ADD;
        }
        AccountProperties properties = cache.find(address).orElseGet(() -> AccountProperties.empty(address));
        AccountProperty changed = properties.property(kind.valueType())
                .modify(PropertyType.isBlock(notification.propertyType()), type, value);
        AccountProperties updated = properties.with(changed);
        if (updated.isEmpty()) {
            cache.remove(address);
        } else {
            cache.put(address, updated);
        }
    }

    @Override
    public String name() {
        return kind.name() + "PropertyValueModificationObserver";
    }
}
