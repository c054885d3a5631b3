package org.agentproxy.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list option that takes its values as one comma-separated list ({@code --group hq,branch}) and is given
 * once: picocli would add a second occurrence to the list, {@link Cli} refuses it as
 * {@code --group is given twice} (exit 2), as it refuses a repeated single-valued option. A list option without
 * this mark is repeatable ({@code --tls-hostname a --tls-hostname b}) and its help says so.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface GivenOnce {
}
