// The language the screens speak, as state: every `t()` in a template reads it, so a
// change of language redraws each word where it stands.
export const speaking = $state({ code: 'en' });
