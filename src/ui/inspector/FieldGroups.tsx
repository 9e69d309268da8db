import type { Commit } from './applyField.ts';
import { toFieldKey } from './fieldProps.ts';
import type { FieldGroup, Subject } from './fieldTypes.ts';
import { FieldView } from './FieldView.tsx';

export interface FieldGroupsProps {
  readonly groups: readonly FieldGroup[];
  readonly subject: Subject;
  readonly commit: Commit;
}

/** Every visible group and field of a node or edge, as fieldsets. */
export function FieldGroups({ groups, subject, commit }: FieldGroupsProps) {
  return (
    <>
      {groups
        .filter((g) => g.visible?.(subject) ?? true)
        .map((group) => (
          <fieldset key={group.title} className="field-group">
            <legend>{group.title}</legend>
            {group.fields
              .filter((f) => f.visible?.(subject) ?? true)
              .map((field) => {
                const key = toFieldKey(field.path);
                return (
                  <FieldView
                    key={key}
                    spec={field}
                    subject={subject}
                    commit={commit}
                    fieldKey={key}
                  />
                );
              })}
          </fieldset>
        ))}
    </>
  );
}
