import { Form, Link } from "@remix-run/react";

export type FilterSelect = {
  name: string;
  label: string;
  value: string | null;
  anyLabel: string;
  options: { value: string; label: string }[];
};

/** A GET form of select filters (works without JavaScript), with a link that clears them. */
export function FilterBar(props: { label: string; selects: FilterSelect[]; applyLabel: string; clearLabel: string; clearTo: string }) {
  const filtered = props.selects.some((select) => select.value);
  return (
    <Form method="get" className="filters" aria-label={props.label}>
      {props.selects.map((select) => (
        <div className="field" key={select.name}>
          <label htmlFor={`filter-${select.name}`}>{select.label}</label>
          <select id={`filter-${select.name}`} name={select.name} defaultValue={select.value ?? ""} key={`${select.name}-${select.value}`}>
            <option value="">{select.anyLabel}</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="button">
        {props.applyLabel}
      </button>
      {filtered ? (
        <Link to={props.clearTo} className="filters__clear">
          {props.clearLabel}
        </Link>
      ) : null}
    </Form>
  );
}
