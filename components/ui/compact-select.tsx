import { compactControlClasses, fieldLabelClasses } from './field'

export type SelectOption = { value: string | number; label: string }
export type SelectOptionGroup = { group: string; options: SelectOption[] }

/** Choices from a list of values and the words for each: `labelledOptions(itemKinds, itemKindLabels)`. */
export function labelledOptions<Value extends string>(values: readonly Value[], labels: Record<Value, string>): SelectOption[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

export type CompactSelectProps = {
  /** The select's id is `{idPrefix}-{name}`. */
  idPrefix: string
  name: string
  label: string
  defaultValue: string | number
  /** Choices, or groups of them (shown as optgroups). */
  options: (SelectOption | SelectOptionGroup)[]
  /** On the wrapper of label and select, for its width in a row of controls. */
  className?: string
}

/** A labelled select in the compact size of filter and bulk-action bars. */
export function CompactSelect({ idPrefix, name, label, defaultValue, options, className }: CompactSelectProps) {
  const id = `${idPrefix}-${name}`
  return (
    <div className={className}>
      <label htmlFor={id} className={fieldLabelClasses}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={compactControlClasses}>
        {options.map((option) =>
          'group' in option ? (
            <optgroup key={option.group} label={option.group}>
              {option.options.map(renderOption)}
            </optgroup>
          ) : (
            renderOption(option)
          ),
        )}
      </select>
    </div>
  )
}

function renderOption(option: SelectOption) {
  return (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  )
}
