import { assertNever } from '../../lib/assertNever.ts';
import { BooleanField } from './BooleanField.tsx';
import { DistField } from './DistField.tsx';
import type { FieldProps } from './fieldProps.ts';
import { NumberField } from './NumberField.tsx';
import { NumberListField } from './NumberListField.tsx';
import { SelectField } from './SelectField.tsx';
import { StepsField } from './StepsField.tsx';
import { TextField } from './TextField.tsx';

/** The input for one field spec. */
export function FieldView({ spec, ...rest }: FieldProps) {
  switch (spec.type) {
    case 'number':
      return <NumberField spec={spec} {...rest} />;
    case 'select':
      return <SelectField spec={spec} {...rest} />;
    case 'boolean':
    case 'presence':
      return <BooleanField spec={spec} {...rest} />;
    case 'dist':
      return <DistField spec={spec} {...rest} />;
    case 'number-list':
      return <NumberListField spec={spec} {...rest} />;
    case 'steps':
      return <StepsField spec={spec} {...rest} />;
    case 'text':
      return <TextField spec={spec} {...rest} />;
    default:
      return assertNever(spec, 'field type');
  }
}
