/**
 * E-mail through an outbox: modules call {@link eu.dhso.core.mail.Outbox} in the
 * transaction of the action that sends, and the kernel delivers when a mail host is set.
 */
@NamedInterface("mail")
package eu.dhso.core.mail;

import org.springframework.modulith.NamedInterface;
